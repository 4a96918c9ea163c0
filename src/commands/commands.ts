/**
 * Ribbon commands. The only button opens the task pane (ShowTaskpane in the manifest) and needs no code;
 * Office still requires the function file to call Office.onReady. With the shared runtime this script
 * is also loaded into taskpane.html, so it must not touch the DOM.
 */
Office.onReady(() => {
  // Nothing to set up: the ribbon button is declarative.
});
