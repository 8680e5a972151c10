from h import *
rng=np.random.default_rng(347); D=6; z,e=rng.normal(size=D),rng.normal(size=D); b=0.25
inp={'z_e':z,'e':e,r'\beta':b}
run('c347b_vq_commit_ze', inp, np.array((1+b)*((z-e)**2).sum()), fn='L')
Z=T(z).requires_grad_(); E=T(e).requires_grad_()
L=((Z.detach()-E)**2).sum()+b*((Z-E.detach())**2).sum(); L.backward()
run('c347b_vq_commit_ze', inp, Z.grad.numpy(), fn='g_z')
run('c347b_vq_commit_ze', inp, E.grad.numpy(), fn='g_e')
