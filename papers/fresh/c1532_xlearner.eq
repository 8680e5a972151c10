% X-learner, Kunzel et al. (2019, PNAS), the third step as printed (from memory of the printing): the CATE is a
% weighted average of the two stage-two estimates with a weight function g, here the propensity score; each
% function given at one point x (prose: "g \in [0, 1] is a weight function")
\hat{\tau}_0(x), \hat{\tau}_1(x), g(x) \in \mathbb{R}

\hat{\tau}(x) = g(x) \hat{\tau}_0(x) + (1 - g(x)) \hat{\tau}_1(x)
