/**
 * Task pane entry. The full pane (React + Fluent UI, Office.js host) is the next milestone; until then
 * the page tells the person how to score a workbook with the command line, which runs the same engine.
 */
const statusLine = document.getElementById("status");
if (statusLine) {
  statusLine.textContent =
    "Il riquadro è in preparazione. Nel frattempo la valutazione si esegue con la riga di comando: cruscotto score <cartella.xlsx>.";
}
export {};
