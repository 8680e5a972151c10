% Sutton & Barto, Eq. 2.11: the soft-max over action preferences, named at the end of the chain
H_t \in \mathbb{R}^{k}
\Pr\{A_t = a\} \doteq \frac{e^{H_t(a)}}{\sum_{b=1}^{k} e^{H_t(b)}} \doteq \pi_t(a)
% ~WARNING W0161
% ~WARNING W0161
% ~WARNING W0397
% ~WARNING W0389
