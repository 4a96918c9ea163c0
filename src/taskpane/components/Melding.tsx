import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";

export interface MeldingInhoud {
  intent: "error" | "success" | "warning" | "info";
  titel: string;
  tekst?: string;
}

export function Melding({ melding, onSluit }: { melding: MeldingInhoud; onSluit(): void }) {
  return (
    <MessageBar intent={melding.intent} layout="multiline" politeness={melding.intent === "error" ? "assertive" : "polite"}>
      <MessageBarBody>
        <MessageBarTitle>{melding.titel}</MessageBarTitle>
        {melding.tekst}
      </MessageBarBody>
      <MessageBarActions
        containerAction={<Button appearance="transparent" aria-label="Melding sluiten" icon={<Dismiss16Regular />} onClick={onSluit} />}
      />
    </MessageBar>
  );
}
