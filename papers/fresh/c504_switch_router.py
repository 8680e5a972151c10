from h import *
rng=np.random.default_rng(504); N,d=4,3; W=rng.normal(size=(N,d)); x=rng.normal(size=d)
run('c504_switch_router', {'W_r':W,'x':x}, torch.softmax(T(W)@T(x),0).numpy(), fn='p')
