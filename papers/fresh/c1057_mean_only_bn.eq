% Weight normalization, Salimans & Kingma (2016), Sec. 4 (mean-only batch normalisation): the pre-activations
% t of one unit over a minibatch of B examples, mu[t] their minibatch mean (prose)
t \in \mathbb{R}^{B}, b \in \mathbb{R}

\tilde{t} = t - \mu[t] + b
