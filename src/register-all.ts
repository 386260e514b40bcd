/**
 * The classic-script CDN entry (dist/cdn/carepath.iife.js): registers the four tags and exports nothing, so a
 * tag manager's <script> adds no global variable to the partner's page.
 */
import './components/cost/define.js';
import './components/levels/define.js';
import './components/quiz/define.js';
import './components/schedule/define.js';
