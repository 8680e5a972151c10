% Generalized cross entropy loss for noisy labels, Zhang & Sabuncu (2018), Eq. 6: the L_q loss of one
% example whose label is class j; f(x) the softmax output over c classes (prose)
f(\boldsymbol{x}) \in \mathbb{R}^{c}, j \in \{1, \dots, c\}, q \in \mathbb{R}

\mathcal{L}_q(f(\boldsymbol{x}), \boldsymbol{e}_j) = \frac{(1 - f_j(\boldsymbol{x})^q)}{q}
