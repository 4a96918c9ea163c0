import { useEffect, useRef } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";

export interface MeldingInhoud {
  intent: "error" | "success" | "warning" | "info";
  titel: string;
  tekst?: string;
}

export function Melding({ melding, onSluit }: { melding: MeldingInhoud; onSluit(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  // De melding staat bovenaan; wie onderaan de lijst klikte moet hem ook zien.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [melding]);
  return (
    <MessageBar ref={ref} intent={melding.intent} layout="multiline" politeness={melding.intent === "error" ? "assertive" : "polite"}>
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
