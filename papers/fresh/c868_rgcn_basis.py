from h import *
rng=np.random.default_rng(868); R,B,d,f=3,2,4,5; a=rng.normal(size=(R,B)); V=rng.normal(size=(B,d,f))
run('c868_rgcn_basis', {'a^{(l)}':a,'V^{(l)}':V}, torch.einsum('rb,bdf->rdf',T(a),T(V)).numpy(), fn='W^{(l)}')
