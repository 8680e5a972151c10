% SphereFace, Liu et al. (2017), Eq. 6 (A-Softmax loss, the form before psi): theta_{j,i} is the
% angle between W_j and x_i (prose); K classes, N samples
\boldsymbol{x} \in \mathbb{R}^{N \times d}, \theta \in \mathbb{R}^{K \times N}, y \in \{1, \dots, K\}^{N}, m \in \mathbb{R}

L_{ang} = \frac{1}{N} \sum_i -\log\left(\frac{e^{\|\boldsymbol{x}_i\| \cos(m\theta_{y_i,i})}}{e^{\|\boldsymbol{x}_i\| \cos(m\theta_{y_i,i})} + \sum_{j \neq y_i} e^{\|\boldsymbol{x}_i\| \cos(\theta_{j,i})}}\right)
