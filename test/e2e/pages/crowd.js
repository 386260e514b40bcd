// 50 widgets: one quiz per group and 8 each of the table, the estimator and the schedule per group.
for (const group of ['a', 'b']) {
  const section = document.getElementById(group);
  const quiz = document.createElement('carepath-quiz');
  quiz.id = `quiz-${group}`;
  quiz.setAttribute('group', group);
  section.append(quiz);
  for (let i = 0; i < 8; i += 1) {
    for (const tag of ['carepath-levels', 'carepath-cost', 'carepath-schedule']) {
      const element = document.createElement(tag);
      element.setAttribute('group', group);
      section.append(element);
    }
  }
}
