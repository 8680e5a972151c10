% Score-based generative modeling through SDEs, Song et al. (2021), Eq. 33 (App. B): the mean of the
% VP SDE's perturbation kernel at time t given the data point x(0) (written as its own definition)
\mathbf{x}(0) \in \mathbb{R}^{d}, t, \bar{\beta}_{\max}, \bar{\beta}_{\min} \in \mathbb{R}

\boldsymbol{\mu} = \mathbf{x}(0) e^{-\frac{1}{4}t^2(\bar{\beta}_{\max} - \bar{\beta}_{\min}) - \frac{1}{2}t\bar{\beta}_{\min}}
