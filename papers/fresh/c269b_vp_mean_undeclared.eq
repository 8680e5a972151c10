% c269 without the declaration of x(0): a new user pastes the equation as printed
\boldsymbol{\mu} = \mathbf{x}(0) e^{-\frac{1}{4}t^2(\bar{\beta}_{\max} - \bar{\beta}_{\min}) - \frac{1}{2}t\bar{\beta}_{\min}}
