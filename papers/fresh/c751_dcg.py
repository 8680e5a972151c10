from h import *
rng=np.random.default_rng(751); k=6; rel=rng.integers(0,4,size=k).astype(float)
i=np.arange(1,k+1); dcg=((2**rel-1)/np.log2(i+1)).sum()
ideal=np.sort(rel)[::-1]; idcg=((2**ideal-1)/np.log2(i+1)).sum()
run('c751_dcg', {'rel':rel,'IDCG_k':idcg}, {'dcg_k':np.array(dcg),'ndcg_k':np.array(dcg/idcg)}, fn=['DCG_k','NDCG_k'])
