export { foldText, isWordChar } from "./fold";
export { containsFoldedWord, findWholeWord, hasAnyWholeWord } from "./wholeWord";
