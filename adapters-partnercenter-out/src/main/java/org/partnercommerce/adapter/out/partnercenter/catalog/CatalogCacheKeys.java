package org.partnercommerce.adapter.out.partnercenter.catalog;

import io.quarkus.cache.CacheKeyGenerator;
import io.quarkus.cache.CompositeCacheKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Method;
import org.partnercommerce.adapter.out.partnercenter.http.PartnerCenterCalls;

/**
 * The catalog reads share one cache ({@code partner-center-catalog}, one expiry to configure); the
 * key is the method's name and all its arguments, nulls included, so that two reads with the same
 * argument types can never answer for each other, and the locale the texts are asked in: a caller
 * asking in {@code fr-FR} is not given what was read for {@code en-US}.
 */
@ApplicationScoped
public class CatalogCacheKeys implements CacheKeyGenerator {

    @Override
    public Object generate(Method method, Object... methodParams) {
        Object[] key = new Object[methodParams.length + 2];
        key[0] = method.getName();
        key[1] = PartnerCenterCalls.locale();
        System.arraycopy(methodParams, 0, key, 2, methodParams.length);
        return new CompositeCacheKey(key);
    }
}
