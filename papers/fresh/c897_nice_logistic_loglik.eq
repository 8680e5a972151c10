% NICE, Dinh et al. (2015), Sec. 3.3: the log-likelihood with the diagonal scaling matrix S; the prior densities
% p_{H_i}(f_i(x)) of the D components of h = f(x) are given (prose)
p_{H_i}(f_i(x)) \in \mathbb{R}^{D}, S \in \mathbb{R}^{D \times D}

\log(p_X(x)) = \sum_{i=1}^{D} \left[\log(p_{H_i}(f_i(x))) + \log(|S_{ii}|)\right]
