import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";

const useStijl = makeStyles({
  lijst: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  venster: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/**
 * Shown when Office.onReady has not fired after the wait (index.tsx): office.js loaded but Excel never answered,
 * so the pane would otherwise stay blank. Replaced by the pane itself if Excel answers after all.
 */
export function OfficeAntwoordtNiet({ onOpnieuw = () => location.reload() }: { onOpnieuw?: () => void }) {
  const s = useStijl();
  return (
    <div className={s.venster}>
      <MessageBar intent="warning" layout="multiline" politeness="assertive">
        <MessageBarBody>
          <MessageBarTitle>Excel antwoordt niet.</MessageBarTitle>
          Het taakvenster wacht op Excel, maar office.js (de verbinding tussen dit venster en Excel) heeft nog niet geantwoord. Wat u kunt doen:
          <ul className={s.lijst}>
            <li>Laad de invoegtoepassing opnieuw: sluit dit taakvenster en open het weer met Start &gt; Offerte controleren. In Excel op het web kunt u ook de pagina vernieuwen.</li>
            <li>Controleer de netwerkverbinding: office.js komt van appsforoffice.microsoft.com. Een proxy of firewall die dat adres blokkeert houdt het venster leeg.</li>
            <li>Open het taakvenster in Excel (bureaublad of Excel op het web), niet los in een browser.</li>
          </ul>
          Antwoordt Excel alsnog, dan verschijnt het taakvenster vanzelf. Uw werkmap is niet gewijzigd.
        </MessageBarBody>
      </MessageBar>
      <Button appearance="primary" onClick={onOpnieuw}>
        Taakvenster opnieuw laden
      </Button>
    </div>
  );
}
