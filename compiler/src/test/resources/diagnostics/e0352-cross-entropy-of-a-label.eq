% a cross-entropy given a class label: p may be probabilities or logits
p \in \mathbb{R}^{C}, y \in \{1, \dots, C\}

\ell = \mathrm{CE}(p, y)
% ~ERROR E0352
