% A guard on a definition that is not an update: the value where it fails is not given.
x \in \mathbb{R}^{d}
y = 2 x \quad \text{if } \|x\| \ge 1
% ~ERROR E0255
