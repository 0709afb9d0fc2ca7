/* Ribbon commands: the button only opens the task pane (ShowTaskpane), so nothing runs here yet. */
export {};
