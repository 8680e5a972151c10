% Class labels declared over \mathbb{N}: eqc reads their values as positions counted from 0, as
% PyTorch's class indices, and says so where they select.
p \in \mathbb{R}^{N \times K}, y \in \mathbb{N}^{N}
L = -\sum_i \log p_{i, y_i}
% ~WARNING W0140
