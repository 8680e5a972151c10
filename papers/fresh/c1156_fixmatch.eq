% FixMatch, Sohn et al. (2020), Eq. 4: q_b the model's class distribution on the weakly augmented unlabeled
% example b, p_m(y | A(u_b)) on its strong augmentation, for the mu B unlabeled examples of a batch over K classes;
% H the cross-entropy, \hat q_b = \arg\max(q_b) the pseudo-label
q, p_m(y \mid \mathcal{A}(u_b)) \in \mathbb{R}^{\mu B \times K}, \tau \in \mathbb{R}

\hat{q}_b = \arg\max(q_b)
\ell_u = \frac{1}{\mu B} \sum_{b=1}^{\mu B} \mathbb{1}(\max(q_b) \geq \tau) \mathrm{H}(\hat{q}_b, p_m(y \mid \mathcal{A}(u_b)))
