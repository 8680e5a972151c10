% A fully connected layer as PyTorch's nn.Linear writes it: y = xA^T + b
x \in \mathbb{R}^{d_{in}}, A \in \mathbb{R}^{d_{out} \times d_{in}}, b \in \mathbb{R}^{d_{out}}

y = xA^T + b
