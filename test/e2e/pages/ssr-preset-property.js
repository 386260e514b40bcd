// Sets a configuration property on the pre-rendered estimator before carepath upgrades it (a classic script at the
// end of <body> runs before the deferred module), which the server could not see.
document.querySelector('carepath-cost').deductible = 2000;
