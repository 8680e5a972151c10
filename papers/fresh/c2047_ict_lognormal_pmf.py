from h import *
s=np.array([0.002,0.05,0.3,1.0,4.0,80.0]); Pm,Ps=-1.1,2.0
w=torch.erf(T((np.log(s[1:])-Pm)/(np.sqrt(2)*Ps)))-torch.erf(T((np.log(s[:-1])-Pm)/(np.sqrt(2)*Ps)))
run('c2047_ict_lognormal_pmf', {r'\sigma':s, r'P_{mean}':Pm, r'P_{std}':Ps}, (w/w.sum()).numpy(), fn='p')
