% FixMatch (Sohn et al. 2020), Eq. 2 for one unlabelled sample: H(p, q) is the cross-entropy, never defined
\hat{q} \in \mathbb{R}^{C}, p \in \mathbb{R}^{C}

\ell = H(\hat{q}, p)
% ~WARNING W0432
