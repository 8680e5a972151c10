% scikit-learn user guide, 3.4.4 Hinge loss (binary) as printed: y the n true labels in {-1, +1}, w the n
% predicted decisions (decision_function output) (prose); the loss per sample
y, w \in \mathbb{R}^{n}

L_\text{Hinge}(y, w) = \max\left\{1 - wy, 0\right\} = \left|1 - wy\right|_+
