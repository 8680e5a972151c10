from h import *
for t in (0, 5, 1000):
    run('c795_grad_noise', {r'\eta':0.3,r'\gamma':0.55,'t':t}, np.array(0.3/(1+t)**0.55))
