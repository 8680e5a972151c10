% Defining the Euclidean norm itself (eqc has \|x\| built in).
x \in \mathbb{R}^{d}
\|x\|_2 = \sqrt{\sum_i x_i^2}
% ~ERROR E0107
