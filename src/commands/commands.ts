/*
 * Ribbon commands page (the manifest's FunctionFile). The Home-tab button only opens the task pane
 * (ShowTaskpane), so there is no command to register; Office still expects the page to initialise.
 */
if (typeof Office !== "undefined") void Office.onReady();
export {};
