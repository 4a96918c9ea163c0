import { Component, type ReactNode } from "react";
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { foutTekst } from "../model";

/** Vangt een fout bij het tekenen, zodat de gebruiker een melding ziet in plaats van een leeg venster. */
export class Foutgrens extends Component<{ children: ReactNode }, { fout: unknown }> {
  override state: { fout: unknown } = { fout: null };

  static getDerivedStateFromError(fout: unknown) {
    return { fout: fout ?? new Error("Onbekende fout.") };
  }

  override render() {
    if (this.state.fout) {
      return (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Het taakvenster werkt niet meer.</MessageBarTitle>
            {`${foutTekst(this.state.fout)} Sluit het taakvenster en open het opnieuw; uw werkmap is niet gewijzigd.`}
          </MessageBarBody>
        </MessageBar>
      );
    }
    return this.props.children;
  }
}
