from h import *
eta,gam,t=0.3,0.55,99.0
run('c1059_grad_noise', {r'\eta':eta,r'\gamma':gam,'t':t}, np.array(np.sqrt(eta/(1+t)**gam)), fn=r'\sigma_t')
