import { withinRequest } from '../../src/http/request-scope.js';
import { guardUnhandledRejections } from '../../src/process/guard.js';

// A child process for the guard's test: a promise that nobody awaits fails while a request is
// served; the process must log it with the request and go on.
guardUnhandledRejections();
withinRequest({ method: 'GET', url: '/export/graph.gexf?keys=mes' }, () => {
  setTimeout(() => {
    void Promise.reject(new Error('the stream was cancelled after it failed'));
  }, 5);
});
setTimeout(() => console.log('still serving'), 200);
