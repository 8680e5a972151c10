% VarifocalNet, Zhang et al. (2021), Eq. 2: the varifocal loss of n predictions p against their IoU-aware
% targets q (q = 0 for the background) (prose)
p, q \in \mathbb{R}^{n}, \alpha, \gamma \in \mathbb{R}

\mathrm{VFL}(p, q) = \begin{cases} -q(q\log(p) + (1-q)\log(1-p)) & q > 0 \\ -\alpha p^\gamma \log(1-p) & q = 0 \end{cases}
