// Starts Blazor (App.razor loads blazor.web.js with autostart="false") with the list of JavaScript initializers given:
// the packages the studio uses have none, and asking the server for the list (GET _blazor/initializers) is one more
// round trip before the circuit can start. A test fails if a package ever brings one (BlazorStartTests).
Blazor.start({ circuit: { initializers: { beforeStart: [], afterStarted: [] } } });
