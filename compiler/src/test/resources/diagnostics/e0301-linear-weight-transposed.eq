% A linear layer y = xW + b with W declared the way PyTorch stores it, [out, in].
x \in \mathbb{R}^{n \times d_{in}}, W \in \mathbb{R}^{d_{out} \times d_{in}}, b \in \mathbb{R}^{d_{out}}
y = x W + b
% ~ERROR E0301
