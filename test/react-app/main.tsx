// A React 19 app using the tags with JSX types for their attributes, properties and on<event> props. Built by
// scripts/package-check.mjs against the packed tarball; `tsc` must accept it and the page must work.
import type {} from 'carepath/jsx';
import 'carepath';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { CarepathEstimateEvent, CarepathLevelSelectEvent } from 'carepath/classes';

function App() {
  const [estimates, setEstimates] = useState(0);
  const [level, setLevel] = useState<string>('none');
  return (
    <main>
      <p id="estimates">{estimates}</p>
      <p id="level">{level}</p>
      <carepath-levels group="react" levels="php iop outpatient" layout="table" cta-href="/contact" oncarepath-level-select={(event: CarepathLevelSelectEvent) => setLevel(event.detail.level)} />
      <carepath-cost group="react" daily-rate={300} coverage="in-network" deductible="1500" coinsurance={20} oop-max="4000" rates={{ php: 700 }} oncarepath-estimate={(_event: CarepathEstimateEvent) => setEstimates((n) => n + 1)} />
      <carepath-quiz group="react" instruments="phq-2 gad-2" cta-href="/contact" persist="none" oncarepath-quiz-complete={(event) => console.log(event.detail.level)} />
      <carepath-schedule group="react" level="iop" days="mon wed fri" tracks="morning=09:00 evening=18:00" theme="light" />
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
