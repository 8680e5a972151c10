% Dynamic graph CNN (EdgeConv), Wang et al. (2019), Eq. 8: theta_m, phi_m the rows of Theta, Phi (M
% filters, prose); the edges E given as a 0/1 matrix (added)
x \in \mathbb{R}^{n \times F}, \Theta, \Phi \in \mathbb{R}^{M \times F}, \mathcal{E} \in \mathbb{R}^{n \times n}

x'_{im} = \max_{j:(i,j) \in \mathcal{E}} \mathrm{ReLU}(\theta_m \cdot (x_j - x_i) + \phi_m \cdot x_i)
