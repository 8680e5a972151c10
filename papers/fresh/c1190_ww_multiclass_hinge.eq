% Weston & Watkins (1999), multi-class SVM, the hinge of one example with label y among K classes, in the form of
% Dogan et al. (2016, "A unified view on multi-class SVMs"); f(x) the K class scores (prose)
f(x) \in \mathbb{R}^{K}, y \in \{1, \dots, K\}

\ell(f(x), y) = \sum_{j \neq y} \max(0, 1 - (f_y(x) - f_j(x)))
