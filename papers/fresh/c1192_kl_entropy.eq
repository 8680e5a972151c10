% Kozachenko & Leonenko (1987) nearest-neighbour entropy estimator, as in Sablayrolles et al. (2019), Eq. 5: rho_{n,i}
% the distance of x_i to its nearest neighbour among the n samples; gamma Euler's constant and V_d the volume of the
% unit ball, given (prose)
x \in \mathbb{R}^{n \times d}, \gamma, V_d \in \mathbb{R}

\rho_{n,i} = \min_{j \neq i} \|x_i - x_j\|
H_n = \frac{d}{n} \sum_{i=1}^{n} \log(\rho_{n,i}) + \log(n - 1) + \gamma + \log V_d
