% Gated recurrent unit, Cho et al. (2014), in the vector form of PyTorch's nn.GRUCell documentation,
% one gate per aligned line: reset r, update z, candidate n, new state h'.
x \in \mathbb{R}^{I}, h \in \mathbb{R}^{H}, W_{ir}, W_{iz}, W_{in} \in \mathbb{R}^{H \times I}, W_{hr}, W_{hz}, W_{hn} \in \mathbb{R}^{H \times H}, b_{ir}, b_{iz}, b_{in}, b_{hr}, b_{hz}, b_{hn} \in \mathbb{R}^{H}

\begin{aligned}
r &= \sigma(W_{ir} x + b_{ir} + W_{hr} h + b_{hr}) \\
z &= \sigma(W_{iz} x + b_{iz} + W_{hz} h + b_{hz}) \\
n &= \tanh(W_{in} x + b_{in} + r \odot (W_{hn} h + b_{hn})) \\
h' &= (1 - z) \odot n + z \odot h
\end{aligned}
