from h import *
p=0.37; t=4
run('c1770_taylor_ce', {'p_y':p, 't':t}, np.array(sum((1-p)**k/k for k in range(1,t+1))), fn=r'\ell_{t}')
