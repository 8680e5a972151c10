from h import *
from torch.distributions import Normal
mu,s,fb,xi=0.4,0.7,0.9,0.01
run('c1537_prob_improvement', {r'\mu(\mathbf{x})':mu,r'\sigma(\mathbf{x})':s,r'f(\mathbf{x}^+)':fb,r'\xi':xi}, Normal(0.,1.).cdf(torch.tensor((mu-fb-xi)/s)).numpy(), fn=r'\mathrm{PI}')
