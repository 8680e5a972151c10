% Barber, Bayesian Reasoning and Machine Learning (2012), Definition 8.23: the Kullback-Leibler divergence written with
% Barber's angle-bracket expectation, from memory of the printing; q(x), p(x) given as vectors over the K states
% of a discrete x (declared; the book's x is any variable)
q(x), p(x) \in \mathbb{R}^{K}

\mathrm{KL}(q|p) \equiv \left\langle \log q(x) - \log p(x) \right\rangle_{q(x)}
