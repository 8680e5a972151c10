% Cuturi & Blondel (ICML 2017), "Soft-DTW: a Differentiable Loss Function for Time-Series", Sec. 2 (the
% generalized min operator), written from memory of the printing; a \in R^n (prose), gamma > 0 here
a \in \mathbb{R}^{n}

\min{}^{\gamma}\{a_1, \ldots, a_n\} := \begin{cases} \min_{i \leq n} a_i, & \gamma = 0, \\ -\gamma \log \sum_{i=1}^{n} e^{-a_i/\gamma}, & \gamma > 0. \end{cases}
