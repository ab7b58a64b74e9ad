/** Command the code lens runs; the client maps it to VS Code's references view. A leaf module, so the client can share it. */
export const SHOW_REFERENCES_COMMAND = 'roleDocs.showReferences';
