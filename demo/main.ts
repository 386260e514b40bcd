// The demo page: every widget, registered from the source entry and linked in the group "demo".
import '../src/index.js';
