% Grad-CAM, Selvaraju et al. (2017), Eqs. 1-2 as printed (from memory of the printing): the neuron importance weights
% alpha_k^c, the global average pool of the gradients of the class score y^c over the K feature maps A^k (u x v, Z = uv
% pixels), given here as their values (prose), then the ReLU of the weighted combination of the maps
A \in \mathbb{R}^{K \times u \times v}, \frac{\partial y^c}{\partial A} \in \mathbb{R}^{K \times u \times v}, Z \in \mathbb{R}

\alpha_k^c = \overbrace{\frac{1}{Z} \sum_i \sum_j}^{\text{global average pooling}} \underbrace{\frac{\partial y^c}{\partial A_{ij}^k}}_{\text{gradients via backprop}}
L^c_{\text{Grad-CAM}} = ReLU\left(\sum_k \alpha_k^c A^k\right)
