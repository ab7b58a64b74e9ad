import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../common/startServer';
import { BrowserWorkspace } from './browserWorkspace';

// The web extension host starts this file as a worker; messages travel over postMessage.
declare const self: DedicatedWorkerGlobalScope;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, (roots) => new BrowserWorkspace(connection, roots));
