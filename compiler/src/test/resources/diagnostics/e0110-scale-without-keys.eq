% Scaling by \sqrt{d_k} in a definition whose inputs do not have d_k as a size, so the
% generated code cannot know it.
x \in \mathbb{R}^{d}, Q \in \mathbb{R}^{n \times d_k}
y = \frac{x}{\sqrt{d_k}}
% ~ERROR E0110
